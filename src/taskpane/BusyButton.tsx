import { Button, ButtonProps, Spinner } from '@fluentui/react-components';

// A button for a long operation: disabled with a Spinner while it (or any task of its panel) runs.

export function BusyButton(props: ButtonProps & { busy: boolean; blocked?: boolean }): JSX.Element {
  // Fluent types a slot's children loosely (any); they pass through with the rest, untouched.
  const { busy, blocked, disabled, ...rest } = props;
  return (
    <Button
      {...rest}
      disabled={Boolean(disabled) || busy || Boolean(blocked)}
      aria-busy={busy || undefined}
      icon={busy ? <Spinner size="extra-tiny" aria-label="正在处理" /> : rest.icon}
    />
  );
}
