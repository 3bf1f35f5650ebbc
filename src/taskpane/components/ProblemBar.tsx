import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export type ProblemBarProps = {
  intent: 'error' | 'warning';
  title: string;
  /** What went wrong and the next step, in the user's language. */
  text: string;
};

/** One problem, in words, with what to do next. */
export function ProblemBar({ intent, title, text }: ProblemBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
