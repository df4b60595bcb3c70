/**
 * Lists people read are sorted here, not in SQL: SQLite compares bytes (so "Đặng" lands after "Vũ") and
 * PostgreSQL follows whatever collation the server was created with. Vietnamese collation, with numbers
 * compared as numbers ("10A2" before "10A10"), gives the same order on every engine. Nulls go last.
 */
const vi = new Intl.Collator('vi', { numeric: true });

type Key<T> = (x: T) => string | number | null;

export function vietnameseOrder<T>(...keys: Key<T>[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a), y = key(b);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : vi.compare(String(x), String(y));
      if (d !== 0) return d;
    }
    return 0;
  };
}
