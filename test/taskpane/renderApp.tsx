import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { AppProps } from '../../src/taskpane/App';

/** Renders the pane as the composition root does, with the report date fixed. */
export function renderApp(props: Omit<AppProps, 'reportDate' | 'locale'> & Partial<AppProps>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App locale="vi" reportDate="2024-01-31" {...props} />
    </FluentProvider>,
  );
}
