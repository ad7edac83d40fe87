/**
 * A number input that commits like CommitField: empty means "no value" (null); text
 * that is not a number is refused with a message and the stored value comes back.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../store';
import { editableNumber, readNumber } from './numbers';
import { CommitField } from './CommitField';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null | undefined;
  readonly onCommit: (value: number | null) => Promise<boolean> | void;
  readonly disabled?: boolean;
}

/** A typed number in the interface language (renderer/ui/numbers.ts): null when empty, 'invalid' when not a number. */
export function parseNumber(text: string, language: string): number | null | 'invalid' {
  return readNumber(text, language);
}

export function NumberField({ label, value, onCommit, disabled }: NumberFieldProps) {
  const notify = useApp((s) => s.notify);
  const { i18n } = useTranslation();
  return (
    <CommitField
      label={label}
      value={value === null || value === undefined ? '' : editableNumber(value, i18n.language)}
      inputMode="decimal"
      disabled={disabled}
      onCommit={(text) => {
        const n = parseNumber(text, i18n.language);
        if (n === 'invalid') {
          notify({ tone: 'error', message: { key: 'matrix.notANumber', params: { text } } });
          return Promise.resolve(false);
        }
        return onCommit(n);
      }}
    />
  );
}
