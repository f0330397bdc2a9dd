import type { FileEntry } from '../batch/types';

/**
 * The study manifest shown before anything is sent: patient → study → series, with counts, sizes,
 * modality, dates, descriptions, character sets, warnings and burned-in text risk. Pure: recomputed from
 * the entries.
 */

export interface ManifestSeries {
  uid: string;
  number: string;
  modality: string;
  description: string;
  files: number;
  bytes: number;
  sent: number;
  burnedInText: boolean;
}

export interface ManifestStudy {
  uid: string;
  date: string;
  description: string;
  accessionNumber: string;
  modalities: string[];
  series: ManifestSeries[];
  files: number;
  bytes: number;
}

export interface ManifestPatient {
  key: string;
  name: string;
  id: string;
  birthDate: string;
  sex: string;
  studies: ManifestStudy[];
  files: number;
  bytes: number;
  /** Character sets the patient's files declare (`ISO_IR 100`, `ISO 2022 IR 6\ISO 2022 IR 87`…). */
  characterSets: string[];
  /** Distinct warnings over the patient's files (code, and detail such as the character set), with how many files have each. */
  warnings: { code: string; detail: string; files: number }[];
}

export interface Manifest {
  patients: ManifestPatient[];
  rejected: FileEntry[];
  totals: { files: number; bytes: number; readable: number; rejected: number; reading: number };
}

function sortBy<T>(items: T[], key: (item: T) => string): T[] {
  return items.sort((a, b) => key(a).localeCompare(key(b), undefined, { numeric: true }));
}

export function buildManifest(entries: readonly FileEntry[]): Manifest {
  const patients = new Map<
    string,
    ManifestPatient & {
      studyMap: Map<string, ManifestStudy & { seriesMap: Map<string, ManifestSeries> }>;
      charsetSet: Set<string>;
      warningMap: Map<string, number>;
    }
  >();
  const rejected: FileEntry[] = [];
  let reading = 0;
  let bytes = 0;
  for (const entry of entries) {
    bytes += entry.size;
    if (entry.status === 'reading') {
      reading += 1;
      continue;
    }
    if (entry.status === 'rejected' || !entry.header) {
      rejected.push(entry);
      continue;
    }
    const h = entry.header;
    const key = `${h.patientId}\u0000${h.patientName}`;
    let patient = patients.get(key);
    if (!patient) {
      patient = {
        key,
        name: h.patientName,
        id: h.patientId,
        birthDate: h.patientBirthDate,
        sex: h.patientSex,
        studies: [],
        files: 0,
        bytes: 0,
        characterSets: [],
        warnings: [],
        studyMap: new Map(),
        charsetSet: new Set(),
        warningMap: new Map(),
      };
      patients.set(key, patient);
    }
    patient.files += 1;
    patient.bytes += entry.size;
    if (h.specificCharacterSet) patient.charsetSet.add(h.specificCharacterSet);
    for (const warning of h.warnings) {
      // `parser:` warnings carry dicom-parser's free text: grouped under one code.
      const key = warning.startsWith('parser:') ? 'parser:' : warning;
      patient.warningMap.set(key, (patient.warningMap.get(key) ?? 0) + 1);
    }
    let study = patient.studyMap.get(h.studyInstanceUid);
    if (!study) {
      study = {
        uid: h.studyInstanceUid,
        date: h.studyDate,
        description: h.studyDescription,
        accessionNumber: h.accessionNumber,
        modalities: [],
        series: [],
        files: 0,
        bytes: 0,
        seriesMap: new Map(),
      };
      patient.studyMap.set(h.studyInstanceUid, study);
    }
    study.files += 1;
    study.bytes += entry.size;
    let series = study.seriesMap.get(h.seriesInstanceUid);
    if (!series) {
      series = {
        uid: h.seriesInstanceUid,
        number: h.seriesNumber,
        modality: h.modality,
        description: h.seriesDescription,
        files: 0,
        bytes: 0,
        sent: 0,
        burnedInText: false,
      };
      study.seriesMap.set(h.seriesInstanceUid, series);
    }
    series.files += 1;
    series.bytes += entry.size;
    if (entry.status === 'sent' || entry.status === 'sent-before') series.sent += 1;
    if (h.burnedInTextRisk) series.burnedInText = true;
  }
  const list = [...patients.values()].map((patient) => {
    const studies = [...patient.studyMap.values()].map((study) => {
      const series = sortBy([...study.seriesMap.values()], (s) => s.number.padStart(6, '0') + s.uid);
      const { seriesMap: _seriesMap, ...rest } = study;
      return { ...rest, series, modalities: [...new Set(series.map((s) => s.modality).filter(Boolean))] };
    });
    const { studyMap: _studyMap, charsetSet, warningMap, ...rest } = patient;
    return {
      ...rest,
      studies: sortBy(studies, (s) => s.date + s.uid),
      characterSets: [...charsetSet],
      warnings: [...warningMap].map(([key, files]) => {
        const at = key.indexOf(':');
        return at < 0
          ? { code: key, detail: '', files }
          : { code: key.slice(0, at), detail: key.slice(at + 1), files };
      }),
    };
  });
  return {
    patients: sortBy(list, (p) => p.name + p.id),
    rejected,
    totals: {
      files: entries.length,
      bytes,
      readable: entries.length - rejected.length - reading,
      rejected: rejected.length,
      reading,
    },
  };
}
