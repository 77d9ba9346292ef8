import { Field, Select } from "@fluentui/react-components";
import { useNarrowFormStyles } from "./narrowFormStyles";

export interface KeySelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly keys: readonly string[];
  readonly onChange: (key: string) => void;
}

/** A labelled choice among model keys (series, assumptions), shown as the keys themselves and kept to the pane's width. */
export function KeySelectField({ label, value, keys, onChange }: KeySelectFieldProps) {
  const styles = useNarrowFormStyles();
  return (
    <Field label={label}>
      <Select
        className={styles.select}
        select={{ className: styles.selectControl }}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      >
        {keys.map((key) => (
          <option key={key} value={key}>
            {key}
          </option>
        ))}
      </Select>
    </Field>
  );
}
