import { describe, expect, it } from 'vitest';
import { duckdbSettings } from '../../../_private.ts';

const MIB = 1024 ** 2;

describe('duckdbSettings', () => {
  it('REC-3: DuckDB gets a quarter of --memory for its buffers, never under 128 MiB, in whole MiB', () => {
    expect(duckdbSettings('/d', 512 * MIB, 1).memory_limit).toBe('128MiB');
    expect(duckdbSettings('/d', 2048 * MIB, 1).memory_limit).toBe('512MiB');
    // a quarter of 516 MiB is 129 MiB; 1 byte under it is still 128 MiB in whole MiB
    expect(duckdbSettings('/d', 516 * MIB - 1, 1).memory_limit).toBe('128MiB');
    expect(duckdbSettings('/d', 516 * MIB, 1).memory_limit).toBe('129MiB');
    expect(duckdbSettings('/d', 516 * MIB + 1, 1).memory_limit).toBe('129MiB');
    expect(duckdbSettings('/d', 512 * MIB - 1, 1).memory_limit).toBe('128MiB');
    expect(duckdbSettings('/d', 1024, 1).memory_limit).toBe('128MiB');
    expect(duckdbSettings('/d', undefined, 1).memory_limit).toBe('128MiB');
  });

  it('REC-3: DuckDB runs --workers threads and spills into the run’s own folder', () => {
    expect(duckdbSettings('/run', undefined, 3)).toMatchObject({
      threads: '3',
      temp_directory: '/run/spill',
    });
    expect(duckdbSettings('/run', undefined, 0).threads).toBe('1');
  });

  it('USG-7: DuckDB stores its tables uncompressed and hands freed memory back (past 16 MiB), so its memory outside its buffers stays flat blob by blob', () => {
    expect(duckdbSettings('/run', 512 * MIB, 1)).toMatchObject({
      force_compression: 'uncompressed',
      allocator_flush_threshold: '16MiB',
      allocator_bulk_deallocation_flush_threshold: '16MiB',
      allocator_background_threads: 'true',
    });
  });
});
