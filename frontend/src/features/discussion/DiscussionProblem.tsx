import { useEffect, useState } from 'react';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatNumber } from '../../lib/format';

const MARKUP_REFUSED = 'urn:cohesion:problem:markup-refused';
/** When a 429 names no delay, the service's refill period is at most this long. */
const DEFAULT_WAIT_SECONDS = 60;

/** Seconds left of `total`, counted down once a second from when the component was mounted. */
function useCountdown(total: number): number {
  const [left, setLeft] = useState(total);
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => {
      const rest = Math.max(0, total - Math.floor((Date.now() - started) / 1000));
      setLeft(rest);
      if (rest === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [total]);
  return left;
}

/** A key per error object, so that a new refusal starts a new countdown. */
const errorKeys = new WeakMap<object, number>();
let nextKey = 0;
function keyOf(error: object): number {
  let key = errorKeys.get(error);
  if (key === undefined) {
    key = nextKey++;
    errorKeys.set(error, key);
  }
  return key;
}

function RateLimited({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const left = useCountdown(seconds);
  return (
    <Alert color="orange" role="alert" title={t('discussion.problems.rateLimited.title')} data-testid="rate-limited">
      <Text size="sm">
        {left > 0
          ? t('discussion.problems.rateLimited.wait', { seconds: formatNumber(left) })
          : t('discussion.problems.rateLimited.again')}
      </Text>
    </Alert>
  );
}

/**
 * The failure of a post, report or moderation step: "wait N s" for the posting limit (429 with
 * Retry-After), the plain-text rule for refused markup, else the app's problem alert.
 */
export function DiscussionProblem({ error, testId = 'discussion-error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 429) {
    return <RateLimited key={keyOf(error)} seconds={error.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS} />;
  }
  if (isApiError(error) && error.type === MARKUP_REFUSED) {
    return (
      <Alert color="red" role="alert" title={t('discussion.problems.markupRefused.title')} data-testid="markup-refused">
        <Text size="sm">{t('discussion.problems.markupRefused.text')}</Text>
      </Alert>
    );
  }
  return <ProblemAlert error={error} focusOnShow testId={testId} />;
}
