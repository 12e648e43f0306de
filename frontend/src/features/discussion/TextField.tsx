import { useEffect, useRef } from 'react';
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { textLength } from './api';

/**
 * A text field of the discussion with the service's limits: the count of characters (as the
 * service counts them) against the maximum in its description, and the error of a text out of
 * bounds once the user tried to send it. `focusOnShow` focuses it when it appears (a form opened
 * by a button).
 */
export function TextField({
  label,
  value,
  onChange,
  limits,
  checked,
  required = true,
  multiline = true,
  testId,
  focusOnShow = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  limits: { min: number; max: number };
  checked: boolean;
  required?: boolean;
  multiline?: boolean;
  testId: string;
  focusOnShow?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow]);
  const length = textLength(value);
  const description = t('discussion.form.counter', { length: formatNumber(length), max: formatNumber(limits.max) });
  const error =
    length > limits.max
      ? t('discussion.form.tooLong', { max: formatNumber(limits.max) })
      : checked && (required || length > 0) && length < limits.min
        ? t('discussion.form.tooShort', { min: formatNumber(limits.min) })
        : undefined;
  const props = {
    label,
    value,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
    description,
    error,
    required,
    'data-testid': testId,
  };
  return multiline ? (
    <Textarea ref={ref} {...props} autosize minRows={3} maxRows={12} />
  ) : (
    <TextInput ref={ref} {...props} />
  );
}

/** The text is within the limits (an optional empty text is). */
export function withinLimits(value: string, limits: { min: number; max: number }, required = true): boolean {
  const length = textLength(value);
  if (!required && length === 0) return true;
  return length >= limits.min && length <= limits.max;
}
