import { describe, expect, it } from 'vitest';
import type { WatchlistEntryForMatch } from '../ports/premises.ts';
import { matchWatchlist } from './matchWatchlist.ts';

const unit = (...v: number[]) => { const a = Float32Array.from(v); const n = Math.hypot(...v); return a.map((x) => x / n); };
const entry = (o: Partial<WatchlistEntryForMatch>): WatchlistEntryForMatch => ({ id: 'w1', schoolId: 's', fullName: 'Nguyễn Văn Hùng', idLast4: '4321',
  reasonKind: 'court_order', model: null, embedding: null, ...o });

describe('watchlist match at check-in', () => {
  it('matches the name without diacritics when the last 4 digits agree or are missing on one side', () => {
    expect(matchWatchlist({ fullName: 'NGUYEN VAN  HUNG', idLast4: '4321', model: null, embedding: null }, [entry({})])?.by).toBe('name');
    expect(matchWatchlist({ fullName: 'Nguyễn Văn Hùng', idLast4: null, model: null, embedding: null }, [entry({})])?.by).toBe('name');
    expect(matchWatchlist({ fullName: 'Nguyễn Văn Hùng', idLast4: '9999', model: null, embedding: null }, [entry({ idLast4: null })])?.by).toBe('name');
  });
  it('does not hold a namesake whose last 4 digits differ, nor a different name', () => {
    expect(matchWatchlist({ fullName: 'Nguyễn Văn Hùng', idLast4: '1111', model: null, embedding: null }, [entry({})])).toBeNull();
    expect(matchWatchlist({ fullName: 'Nguyễn Văn Hải', idLast4: '4321', model: 'm', embedding: null }, [entry({})])).toBeNull();
  });
  it('matches by face only with the same model and a similarity over the threshold', () => {
    const e = entry({ fullName: 'Tên Khác', model: 'm', embedding: unit(1, 0, 0) });
    expect(matchWatchlist({ fullName: 'Người Lạ', idLast4: null, model: 'm', embedding: unit(0.9, 0.1, 0) }, [e])?.by).toBe('face');
    expect(matchWatchlist({ fullName: 'Người Lạ', idLast4: null, model: 'other', embedding: unit(1, 0, 0) }, [e])).toBeNull();
    expect(matchWatchlist({ fullName: 'Người Lạ', idLast4: null, model: 'm', embedding: unit(0, 1, 0) }, [e])).toBeNull();
  });
});
