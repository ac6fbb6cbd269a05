/** A page asked for by a list route (`pageQuery` in core). */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** The LIMIT and OFFSET of a page. */
export function pageWindow(q: PageRequest): { limit: number; offset: number } {
  return { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
}

/** A page of results in the shape of core's `page()` schema. */
export function pageResult<T>(items: T[], total: number | string | bigint, q: PageRequest) {
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
}
