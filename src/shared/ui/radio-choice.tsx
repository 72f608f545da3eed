import type { ReactNode } from 'react';

/** One labelled radio button of a group: checked when `value` is `selected`. */
export function RadioChoice<Value extends string>({
  name,
  value,
  selected,
  onSelect,
  children,
}: {
  name: string;
  value: Value;
  selected: string;
  onSelect: (value: Value) => void;
  children: ReactNode;
}) {
  return (
    <label>
      <input
        type="radio"
        name={name}
        value={value}
        checked={selected === value}
        onChange={() => onSelect(value)}
      />
      {children}
    </label>
  );
}
