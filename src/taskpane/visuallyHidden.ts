import type { GriffelStyle } from '@fluentui/react-components';

/** Read by screen readers, not shown: headings a tab already shows, live announcements. */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};
