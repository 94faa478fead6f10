import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

/** A label, its control, a one-line hint and the server's message when the value was refused. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {hint && <p className="field-hint" id={hintId}>{hint}</p>}
      {error && <p className="field-error" role="alert" id={errorId}>{error}</p>}
    </div>
  );
}

type Common = { label: ReactNode; hint?: ReactNode; error?: string | undefined };

export function TextField({ label, hint, error, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(id, describedBy) => <input id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />}
    </Field>
  );
}

export function TextAreaField({ label, hint, error, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(id, describedBy) => <textarea id={id} className="input textarea" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />}
    </Field>
  );
}

export function SelectField({ label, hint, error, children, ...input }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(id, describedBy) => (
        <select id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input}>
          {children}
        </select>
      )}
    </Field>
  );
}
