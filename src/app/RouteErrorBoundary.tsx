import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RetryAttemptContext } from '@/components/lazy-page';

function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Stack data-testid="route-error">
      <Title order={1}>{t('errors.routeTitle')}</Title>
      <Alert color="red" icon={<IconBug aria-hidden />} role="alert">
        <Text size="sm">{t('errors.routeBody')}</Text>
        {/* The crash's own text is for a bug report, folded away under the plain sentence above. */}
        <details>
          <Text component="summary" size="sm" fw={600} mt="sm" style={{ cursor: 'pointer' }}>
            {t('errors.details')}
          </Text>
          <Code block fz="xs" mt="xs">
            {detail}
          </Code>
        </details>
      </Alert>
      <div>
        <Button onClick={onRetry}>{t('errors.tryAgain')}</Button>
      </div>
    </Stack>
  );
}

interface BoundaryState {
  error: unknown;
  hasError: boolean;
  attempt: number;
}

class Boundary extends Component<{ children: ReactNode; resetKey: string }, BoundaryState> {
  override state: BoundaryState = { error: null, hasError: false, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, hasError: true };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    // Navigating elsewhere clears the error: the navigation keeps working when one page breaks.
    if (previous.resetKey !== this.props.resetKey && this.state.hasError)
      this.setState({ error: null, hasError: false });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Route crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.hasError) {
      const retry = () => this.setState((s) => ({ error: null, hasError: false, attempt: s.attempt + 1 }));
      return <ErrorPanel error={this.state.error} onRetry={retry} />;
    }
    return (
      <RetryAttemptContext.Provider value={this.state.attempt}>
        {this.props.children}
      </RetryAttemptContext.Provider>
    );
  }
}

/** Wraps one route's page: a crash shows a panel whose "Try again" re-renders the page, with no reload. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Boundary resetKey={location.pathname}>{children}</Boundary>;
}
