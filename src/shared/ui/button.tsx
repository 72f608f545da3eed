import type { ButtonHTMLAttributes, Ref } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary (default), quiet (secondary), danger (destructive). */
  variant?: 'primary' | 'quiet' | 'danger';
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The app's button: `type="button"` unless told otherwise (a stray Enter
 * never submits a form by accident) and one of the three looks.
 */
export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: Props) {
  const look = variant === 'primary' ? 'button' : `button button--${variant}`;
  return (
    <button
      type={type}
      className={className ? `${look} ${className}` : look}
      {...props}
    />
  );
}
