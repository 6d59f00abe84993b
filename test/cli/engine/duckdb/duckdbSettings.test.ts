import { describe, expect, it } from 'vitest';
import { duckdbSettings } from '../../../_private.ts';

describe('duckdbSettings', () => {
  it('REC-3: DuckDB gets the buffers and threads derived from --memory, in whole MiB, and spills into the run’s own folder', () => {
    expect(duckdbSettings('/run', { limitMib: 213, threads: 3 })).toMatchObject({
      memory_limit: '213MiB',
      threads: '3',
      temp_directory: '/run/spill',
    });
  });

  it('USG-7: DuckDB stores its tables uncompressed and hands freed memory back (past 16 MiB), so its memory outside its buffers stays flat blob by blob', () => {
    expect(duckdbSettings('/run', { limitMib: 64, threads: 1 })).toMatchObject({
      force_compression: 'uncompressed',
      allocator_flush_threshold: '16MiB',
      allocator_bulk_deallocation_flush_threshold: '16MiB',
      allocator_background_threads: 'true',
    });
  });
});
