import {
  type LinkProps,
  Button as RACButton,
  type ButtonProps as RACButtonProps,
  Link as RACLink,
} from 'react-aria-components';

export type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

function classes(variant: Variant, className?: string): string {
  return ['btn', variant === 'secondary' ? '' : `btn-${variant}`, className ?? ''].filter(Boolean).join(' ');
}

export interface ButtonProps extends Omit<RACButtonProps, 'className'> {
  variant?: Variant;
  className?: string;
}

/**
 * A button with our look; keyboard, touch and press states come from react-aria.
 *
 * Pending is ours, not react-aria's: its pending button announces itself by
 * pointing at its own id, and when the press navigates away the announcement
 * outlives the button and points at nothing (an empty image to a screen reader).
 * A pending button here stays focusable, says aria-disabled, ignores presses and
 * cannot submit its form twice.
 */
export function Button({ variant = 'secondary', className, isPending, onPress, type, ...props }: ButtonProps) {
  return (
    <RACButton
      {...props}
      type={isPending && type === 'submit' ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending ? true : undefined}
      data-pending={isPending ? true : undefined}
      className={classes(variant, className)}
    />
  );
}

export interface LinkButtonProps extends Omit<LinkProps, 'className'> {
  variant?: Variant;
  className?: string;
}

/** A link that looks like a button (navigation, not an action). Routes client-side. */
export function LinkButton({ variant = 'secondary', className, ...props }: LinkButtonProps) {
  return <RACLink {...props} className={classes(variant, className)} />;
}

/** An inline text link that routes client-side through the router provider. */
export function TextLink({ className, ...props }: Omit<LinkProps, 'className'> & { className?: string }) {
  return <RACLink {...props} className={['link', className ?? ''].filter(Boolean).join(' ')} />;
}
