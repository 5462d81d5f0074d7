/** Primary keys of a clippings query as numbers: stored rows always have their auto-incremented id. */
export async function primaryIds(query: { primaryKeys(): PromiseLike<(number | undefined)[]> }): Promise<number[]> {
  return (await query.primaryKeys()) as number[];
}
