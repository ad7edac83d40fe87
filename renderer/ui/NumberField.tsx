/**
 * A number input that commits like CommitField: empty means "no value" (null); text
 * that is not a number is refused with a message and the stored value comes back.
 */
import { useApp } from '../store';
import { CommitField } from './CommitField';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null | undefined;
  readonly onCommit: (value: number | null) => Promise<boolean> | void;
  readonly disabled?: boolean;
}

export function parseNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : 'invalid';
}

export function NumberField({ label, value, onCommit, disabled }: NumberFieldProps) {
  const notify = useApp((s) => s.notify);
  return (
    <CommitField
      label={label}
      value={value === null || value === undefined ? '' : String(value)}
      inputMode="decimal"
      disabled={disabled}
      onCommit={(text) => {
        const n = parseNumber(text);
        if (n === 'invalid') {
          notify({ tone: 'error', message: { key: 'matrix.notANumber', params: { text } } });
          return Promise.resolve(false);
        }
        return onCommit(n);
      }}
    />
  );
}
