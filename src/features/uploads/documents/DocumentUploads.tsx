import { Alert, Badge, Button, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadPostDicomDocumentFiles } from '@/api/postdicom/documents';
import { usePostDicomAccount } from '@/api/postdicom/queries';
import { uploadScanDocument } from '@/api/scan/documents';
import { uploadSoloAttachment } from '@/api/solo/attachments';
import { describeError } from '@/components/describe-error';
import { type DocumentType, documentMimeTypes } from '@/lib/file-sniff';
import type { Reason } from '../batch/types';
import { formatBytes } from '../format';
import { DocumentTarget, type Target } from './DocumentTarget';
import { type DocumentVendor, documentProblems, sniffFile } from './document-rules';

interface Chosen {
  id: number;
  file: File;
  name: string;
  type: DocumentType | null;
  status: 'ready' | 'sending' | 'sent' | 'failed';
  error: unknown;
}

const VENDORS: DocumentVendor[] = ['postdicom', 'solo', 'scan'];
let nextId = 1;

/** Documents to a PostDICOM order, a Solo appointment or a Scan.com referral, each checked against its vendor's rules. */
export function DocumentUploads() {
  const { t, i18n } = useTranslation('uploads');
  const { t: tc } = useTranslation();
  const [vendor, setVendor] = useState<DocumentVendor>('postdicom');
  const [target, setTarget] = useState<Target | null>(null);
  const [files, setFiles] = useState<Chosen[]>([]);
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const account = usePostDicomAccount({ queryConfig: { enabled: vendor === 'postdicom' } });

  const choose = async (list: FileList) => {
    const chosen = await Promise.all(
      Array.from(list).map(async (file) => ({
        id: nextId++,
        file,
        name: file.name,
        type: await sniffFile(file),
        status: 'ready' as const,
        error: null,
      })),
    );
    setFiles((current) => [...current.filter((f) => f.status !== 'sent'), ...chosen]);
  };

  const problemsOf = (chosen: Chosen) =>
    documentProblems(vendor, { name: chosen.name, size: chosen.file.size, type: chosen.type });
  const describe = (reason: Reason) => {
    const params: Record<string, string | number> = {
      ...reason.params,
      vendor: t(`documents.vendors.${vendor}`),
    };
    const typeName = (type: string) => t(`documents.types.${type as DocumentType}`);
    if (typeof params.actual === 'string') params.actual = typeName(params.actual);
    if (typeof params.allowed === 'string')
      params.allowed = params.allowed.split(', ').map(typeName).join(', ');
    return t(reason.key as 'documents.problem.empty', params);
  };

  const sendOne = async (chosen: Chosen, to: Target) => {
    // The vendor sees the name given here, and the type the content has (not what the system guessed).
    const file = new File([chosen.file], chosen.name.trim() || 'document', {
      type: chosen.type ? documentMimeTypes[chosen.type] : chosen.file.type,
    });
    if (to.vendor === 'postdicom') {
      const user = account.data?.UserList[0]?.UserUuid ?? '';
      await uploadPostDicomDocumentFiles({
        userUuid: user,
        institutionUuid: to.institutionUuid,
        patientOrderUuid: to.orderUuid,
        files: [file],
      });
    } else if (to.vendor === 'solo') {
      await uploadSoloAttachment({ appointmentId: to.appointmentId, file, fileName: file.name });
    } else {
      await uploadScanDocument(to.referralId, file, { fileName: file.name });
    }
  };

  const send = async () => {
    if (!target) return;
    setSending(true);
    // One file per request, one after another (Scan.com takes one per request; the others alike, for clear results).
    for (const chosen of files) {
      if (chosen.status === 'sent' || problemsOf(chosen).length > 0) continue;
      setFiles((current) => current.map((f) => (f.id === chosen.id ? { ...f, status: 'sending' } : f)));
      try {
        await sendOne(chosen, target);
        setFiles((current) =>
          current.map((f) => (f.id === chosen.id ? { ...f, status: 'sent', error: null } : f)),
        );
      } catch (error) {
        setFiles((current) =>
          current.map((f) => (f.id === chosen.id ? { ...f, status: 'failed', error } : f)),
        );
      }
    }
    setSending(false);
  };

  const sendable = files.filter((f) => f.status !== 'sent' && problemsOf(f).length === 0);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2}>{t('documents.title')}</Title>
        <Text size="sm">{t('documents.intro')}</Text>
        <Radio.Group
          label={t('documents.vendor')}
          value={vendor}
          onChange={(value) => {
            setVendor(value as DocumentVendor);
            setTarget(null);
          }}
          data-testid="document-vendor"
        >
          <Group mt={4} gap="md">
            {VENDORS.map((value) => (
              <Radio key={value} value={value} label={t(`documents.vendors.${value}`)} disabled={sending} />
            ))}
          </Group>
        </Radio.Group>
        <Text size="sm" c="dimmed" data-testid="document-rules">
          {t(`documents.rules.${vendor}`)}
        </Text>
        <DocumentTarget vendor={vendor} onChange={setTarget} disabled={sending} />
        <Group>
          <Button
            variant="default"
            leftSection={<IconPaperclip size={16} aria-hidden />}
            onClick={() => input.current?.click()}
            disabled={sending}
          >
            {t('documents.choose')}
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            data-testid="document-files"
            aria-label={t('documents.choose')}
            onChange={(event) => {
              if (event.target.files) void choose(event.target.files);
              event.target.value = '';
            }}
          />
        </Group>
        {files.map((chosen) => {
          const problems = problemsOf(chosen);
          return (
            <Paper
              key={chosen.id}
              withBorder
              p="sm"
              data-testid="document-row"
              data-status={problems.length ? 'refused' : chosen.status}
            >
              <Stack gap={6}>
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                    {chosen.file.name}
                  </Text>
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {chosen.type ? t(`documents.types.${chosen.type}`) : t('documents.types.other')} ·{' '}
                      {formatBytes(chosen.file.size, i18n.language)}
                    </Text>
                    {chosen.status === 'sent' && (
                      <Badge color="teal.9" variant="filled">
                        {t('documents.sent', { name: chosen.name })}
                      </Badge>
                    )}
                  </Group>
                </Group>
                {vendor !== 'scan' && chosen.status !== 'sent' && (
                  <TextInput
                    size="xs"
                    label={t('documents.fileName')}
                    value={chosen.name}
                    onChange={(event) => {
                      const name = event.currentTarget.value;
                      setFiles((current) => current.map((f) => (f.id === chosen.id ? { ...f, name } : f)));
                    }}
                    disabled={sending}
                  />
                )}
                {problems.length > 0 && (
                  <Alert color="red" variant="light" p="xs" data-testid="document-problems">
                    <Text size="sm" fw={600}>
                      {t('documents.refused', { name: chosen.file.name })}
                    </Text>
                    {problems.map((problem) => (
                      <Text size="sm" key={problem.key}>
                        {describe(problem)}
                      </Text>
                    ))}
                  </Alert>
                )}
                {chosen.status === 'failed' && (
                  <Alert color="red" variant="light" p="xs" role="alert">
                    {describeError(tc, chosen.error)}
                  </Alert>
                )}
              </Stack>
            </Paper>
          );
        })}
        {files.length > 0 && (
          <Group>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={() => void send()}
              disabled={!target || sendable.length === 0 || sending}
              loading={sending}
              data-testid="document-send"
            >
              {t('documents.send')}
            </Button>
            {!target && (
              <Text size="sm" c="dimmed">
                {t('documents.targetRequired')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
