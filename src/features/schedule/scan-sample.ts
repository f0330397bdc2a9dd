import { listScanBodyParts } from '@/api/scan/body-parts';
import { listScanImagingProviders, setScanImagingProvider } from '@/api/scan/imaging-providers';
import { createScanReferral } from '@/api/scan/referrals';
import { createScanUser } from '@/api/scan/users';

/**
 * Mock builds only (QA): a Scan.com session with one draft X-ray referral at a provider, through the real
 * service layer, so the block picker can be tried and tested before the referral wizard (Orders) creates
 * referrals in this tab. Never in a production build: it is referenced only behind `__MOCKS__`.
 */
export async function startSampleScanReferral(): Promise<number> {
  await createScanUser({ first_name: 'QA', last_name: 'Scheduler', email: 'qa.scheduler@example.com' });
  const [bodyPart] = await listScanBodyParts('X-Ray');
  if (!bodyPart) throw new Error('No X-ray body part');
  const referral = await createScanReferral({
    patient_information: {
      first_name: 'Sample',
      last_name: 'Patient',
      email: 'sample.patient@example.com',
      date_of_birth: '1980-01-30',
    },
    modality: 'X-Ray',
    body_part_ids: [bodyPart.id],
    referral_information: 'QA sample referral (mock back end).',
  });
  const providers = await listScanImagingProviders({ modality: 'X-Ray', body_part_ids: [bodyPart.id] });
  const provider = providers.find((p) => !p.modalities || p.modalities.includes('X-Ray')) ?? providers[0];
  if (!provider) throw new Error('No X-ray provider');
  await setScanImagingProvider(referral.id, provider.id);
  return referral.id;
}
