import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

// The one way a failure is shown: an error MessageBar with a title and the zh-CN message.

export function ErrorBar(props: { title: string; message: string; onDismiss?: () => void }): JSX.Element {
  const { title, message, onDismiss } = props;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            关闭
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
