import { ShareRegisterView } from '@/components/sharing';
import { SharingPage } from './components/SharingPage';

/** `/sharing`: the share register of this session. */
export default function RegisterPage() {
  return (
    <SharingPage section="register">
      <ShareRegisterView />
    </SharingPage>
  );
}
