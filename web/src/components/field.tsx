/**
 * A labelled form field with its error beside it: the error is tied to the input (aria-describedby,
 * aria-invalid) so a screen reader reads it with the field, and announced when it appears. Used by the
 * sign-in, account, users and members forms.
 */
import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from 'react';
import { ApiError } from '../lib/api.js';

export function Field({
  label,
  error,
  hint,
  inputRef,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string | null | undefined;
  hint?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The server's message for `field`, when the error is about that field. */
export function fieldError(error: unknown, ...fields: string[]): string | null {
  return error instanceof ApiError && error.field !== undefined && fields.includes(error.field)
    ? error.message
    : null;
}

/** An error not tied to one of `fields` (shown for the whole form). */
export function formError(error: unknown, ...fields: string[]): unknown {
  if (error === null) return null;
  return error instanceof ApiError && error.field !== undefined && fields.includes(error.field)
    ? null
    : error;
}
