import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { CatalogImportPanel } from './CatalogImportPanel';
import { TemplatePanel } from './TemplatePanel';

// 表样: the standard tables, and the official 科目表 they are checked against.

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

export function TemplatesTab(): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.tab}>
      <TemplatePanel />
      <Divider />
      <CatalogImportPanel />
    </div>
  );
}
