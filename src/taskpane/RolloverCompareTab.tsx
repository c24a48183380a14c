import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { RolloverPanel } from './RolloverPanel';
import { WorkbookComparePanel } from './WorkbookComparePanel';

// 结转与比对: next year's workbook, and the reviewer's returned workbook against the submitted one.

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

export function RolloverCompareTab(): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.tab}>
      <WorkbookComparePanel />
      <Divider />
      <RolloverPanel />
    </div>
  );
}
