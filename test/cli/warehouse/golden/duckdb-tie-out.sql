# subscription-rules 0.0.0-golden: on one machine, DuckDB reads the files (the optional package
# @duckdb/node-api) and the library judges each group; the output is the default engine's.
subscription-rules tie-out --invoices invoices --file recon --engine duckdb --json
