import { INPUTS_TABLE_NAME } from "../model/inputsTable";
import { WorkbookError } from "../workbook/workbookErrors";

/**
 * The pane follows edits typed into the inputs table through the table's `onChanged` event
 * (ExcelApi 1.7). A handler must be removed with the request context it was added in, so the
 * subscription hands back Excel's EventHandlerResult, whose `context` the caller runs the removal in.
 */
export type InputsSubscription = OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;

export async function subscribeToInputs(
  context: Excel.RequestContext,
  listener: (change: Excel.TableChangedEventArgs) => void,
): Promise<InputsSubscription> {
  const table = context.workbook.tables.getItemOrNullObject(INPUTS_TABLE_NAME);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) {
    throw new WorkbookError({
      en: `This workbook has no ${INPUTS_TABLE_NAME} table to watch: press Set up workbook first.`,
      zh: `此工作簿没有可监视的 ${INPUTS_TABLE_NAME} 表格:请先点击“设置工作簿”。`,
    });
  }
  const subscription = table.onChanged.add(async (change) => {
    listener(change);
  });
  await context.sync();
  return subscription;
}

/** Removes the handler; `context` must be the subscription's own (Excel.run(subscription.context, …)). */
export async function unsubscribeFromInputs(
  context: Excel.RequestContext,
  subscription: InputsSubscription,
): Promise<void> {
  subscription.remove();
  await context.sync();
}
