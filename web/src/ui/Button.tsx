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

/** A button with our look; keyboard, touch and press states come from react-aria. */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return <RACButton {...props} className={classes(variant, className)} />;
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
