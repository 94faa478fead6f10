import { useState, type ReactNode } from 'react';
import { TextAreaField, TextField } from './field';

interface ListFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  placeholder?: string;
  value: string[];
  onChange: (items: string[]) => void;
  /** `lines`: one item per line (a textarea); `comma`: comma-separated (one line). */
  separator: 'lines' | 'comma';
}

const split = (text: string, separator: ListFieldProps['separator']) =>
  text.split(separator === 'lines' ? '\n' : ',').map((s) => s.trim()).filter(Boolean);
const join = (items: string[], separator: ListFieldProps['separator']) => items.join(separator === 'lines' ? '\n' : ', ');
const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Edits a list of strings as text, keeping what is typed (spaces, a trailing comma) while emitting the list. */
export function ListField({ value, onChange, separator, ...field }: ListFieldProps) {
  const [text, setText] = useState(() => join(value, separator));
  // The list changed from outside (a reset, a server reload): show it.
  const shown = same(split(text, separator), value) ? text : join(value, separator);
  const change = (next: string) => {
    setText(next);
    onChange(split(next, separator));
  };
  return separator === 'lines'
    ? <TextAreaField {...field} rows={3} value={shown} onChange={(e) => change(e.target.value)} />
    : <TextField {...field} value={shown} onChange={(e) => change(e.target.value)} />;
}
