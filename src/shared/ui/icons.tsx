import type { ReactNode } from 'react';

/** A decorative 16 x 16 icon: hidden from assistive technology. */
export function Icon({
  size = 16,
  className = 'icon',
  children,
}: {
  size?: number;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox="0 0 16 16"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {children}
    </svg>
  );
}

/** A filled circle with an exclamation mark: before an error message. */
export function ErrorIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <rect x="7" y="3.5" width="2" height="6" rx="1" fill="#fff" />
      <circle cx="8" cy="12" r="1.1" fill="#fff" />
    </Icon>
  );
}

/** A tick: a step that is done. */
export function CheckIcon() {
  return (
    <Icon size={14} className={undefined}>
      <path
        d="M3 8.5l3 3 7-7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Icon>
  );
}

/** A pencil: edit an answer. */
export function EditIcon() {
  return (
    <Icon size={14}>
      <path
        d="M11.5 1.5l3 3L5 14H2v-3z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </Icon>
  );
}
