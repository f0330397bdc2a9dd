import type { DenaturalizedElement } from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { encodeMetaHeader, encodeSequence, encodeTextElement } from './encode-element';
import { IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION_NAME, loadDcmjs, textOf } from './rewrite';
import {
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
} from './transfer-syntaxes';

const elements: [string, DenaturalizedElement][] = [
  ['00080018', { vr: 'UI', Value: ['2.25.1234567'] }],
  ['0020000D', { vr: 'UI', Value: ['2.25.12345678'] }],
  ['00080020', { vr: 'DA', Value: ['20160314'] }],
  ['00080030', { vr: 'TM', Value: ['101500.5'] }],
  ['00080005', { vr: 'CS', Value: ['ISO_IR 192'] }],
  ['00080008', { vr: 'CS', Value: ['ORIGINAL', 'PRIMARY', 'AXIAL'] }],
  ['00100010', { vr: 'PN', Value: [{ Alphabetic: 'GARCÍA^MARÍA JOSÉ' }] }],
  ['00100010', { vr: 'PN', Value: [{ Alphabetic: 'Yamada^Tarou', Ideographic: '山田^太郎' }] }],
  ['00100020', { vr: 'LO', Value: ['ANON-5SB3QWHF'] }],
  ['00120063', { vr: 'LO', Value: ['Basic Application Confidentiality Profile', 'Dates shifted'] }],
  ['00120062', { vr: 'CS', Value: ['YES'] }],
  ['00080050', { vr: 'SH', Value: [] }],
  ['00081030', { vr: 'LO', Value: [''] }],
  ['00324000', { vr: 'LT', Value: ['Línea uno\\con barra'] }],
  ['00400280', { vr: 'ST', Value: ['comentario'] }],
  ['00081190', { vr: 'UR', Value: ['https://example.org/a'] }],
  ['00189367', { vr: 'UC', Value: ['ñ'] }],
  ['00204000', { vr: 'UT', Value: ['Texto libre, largo: ü'] }],
];

describe('encodeTextElement', () => {
  for (const syntax of [IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN]) {
    it(`writes the bytes dcmjs writes, ${syntax}`, async () => {
      const { data } = await loadDcmjs();
      for (const [tag, element] of elements) {
        const stream = new data.WriteBufferStream(256, syntax !== EXPLICIT_VR_BIG_ENDIAN);
        data.DicomMessage.write({ [tag]: structuredClone(element) }, stream, syntax, {
          allowInvalidVRLength: true,
        });
        const expected = new Uint8Array(stream.getBuffer());
        const actual = encodeTextElement(tag, element, textOf(element), syntax);
        expect([tag, element.vr, actual && Array.from(actual)]).toEqual([
          tag,
          element.vr,
          Array.from(expected),
        ]);
      }
    });
  }

  const sequences: [string, DenaturalizedElement][] = [
    [
      '00081140',
      {
        vr: 'SQ',
        Value: [1, 2].map((n) => ({
          '00081155': { vr: 'UI', Value: [`2.25.${n}11`] },
          '00081150': { vr: 'UI', Value: ['1.2.840.10008.5.1.4.1.1.2'] },
        })),
      },
    ],
    ['00082112', { vr: 'SQ', Value: [] }],
    [
      '00120064',
      {
        vr: 'SQ',
        Value: [
          {
            '00080100': { vr: 'SH', Value: ['113100'] },
            '00080102': { vr: 'SH', Value: ['DCM'] },
            '00080104': { vr: 'LO', Value: ['Basic Application Confidentiality Profile'] },
            '00400260': {
              vr: 'SQ',
              Value: [{ '00100010': { vr: 'PN', Value: [{ Alphabetic: 'ANÓN^X' }] } }, {}],
            },
          },
        ],
      },
    ],
  ];
  for (const syntax of [IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN]) {
    it(`writes sequences of text as dcmjs does, ${syntax}`, async () => {
      const { data } = await loadDcmjs();
      for (const [tag, element] of sequences) {
        const stream = new data.WriteBufferStream(256, syntax !== EXPLICIT_VR_BIG_ENDIAN);
        data.DicomMessage.write({ [tag]: structuredClone(element) }, stream, syntax, {
          allowInvalidVRLength: true,
        });
        const expected = new Uint8Array(stream.getBuffer());
        const actual = encodeSequence(tag, element, textOf, syntax);
        expect([tag, actual && Array.from(actual)]).toEqual([tag, Array.from(expected)]);
      }
    });
  }

  it('writes the meta header as dcmjs does', async () => {
    const { data } = await loadDcmjs();
    for (const [sopInstanceUid, syntax] of [
      ['2.25.1234567', EXPLICIT_VR_BIG_ENDIAN],
      ['2.25.12345678', IMPLICIT_VR_LITTLE_ENDIAN],
    ] as const) {
      const meta = {
        sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
        sopInstanceUid,
        transferSyntaxUid: syntax,
        implementationClassUid: IMPLEMENTATION_CLASS_UID,
        implementationVersionName: IMPLEMENTATION_VERSION_NAME,
      };
      const expected = new data.DicomDict({
        '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
        '00020002': { vr: 'UI', Value: [meta.sopClassUid] },
        '00020003': { vr: 'UI', Value: [meta.sopInstanceUid] },
        '00020010': { vr: 'UI', Value: [meta.transferSyntaxUid] },
        '00020012': { vr: 'UI', Value: [meta.implementationClassUid] },
        '00020013': { vr: 'SH', Value: [meta.implementationVersionName] },
      }).write();
      expect(Array.from(encodeMetaHeader(meta))).toEqual(Array.from(new Uint8Array(expected)));
    }
  });

  it('leaves a sequence holding a number or binary value to dcmjs', () => {
    const element: DenaturalizedElement = {
      vr: 'SQ',
      Value: [{ '00081150': { vr: 'UI', Value: ['1.2'] }, '00081160': { vr: 'IS', Value: [1] } }],
    };
    expect(encodeSequence('00081140', element, textOf, EXPLICIT_VR_LITTLE_ENDIAN)).toBeNull();
  });

  it('leaves numbers, binary values and sequences to dcmjs', () => {
    const syntax = EXPLICIT_VR_LITTLE_ENDIAN;
    expect(encodeTextElement('00280010', { vr: 'US', Value: [512] }, '512', syntax)).toBeNull();
    expect(encodeTextElement('00180050', { vr: 'DS', Value: [1] }, '1', syntax)).toBeNull();
    expect(encodeTextElement('00081140', { vr: 'SQ', Value: [] }, '', syntax)).toBeNull();
    expect(
      encodeTextElement('00081030', { vr: 'LO', Value: [3 as unknown as string] }, '3', syntax),
    ).toBeNull();
  });
});
