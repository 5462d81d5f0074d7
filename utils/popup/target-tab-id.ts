/**
 * The tab the popup acts on: `?tabId=N` when given (tests open the popup as a page),
 * otherwise the active tab, found through `queryActiveTab`.
 */
export async function targetTabId(
  search: string,
  queryActiveTab: () => Promise<number | undefined>,
): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : undefined;
  }
  return queryActiveTab();
}
