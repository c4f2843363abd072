import { setLogLevel } from '../../src/lib/server/logger';

// Expected failures (a job that throws on purpose) would otherwise fill the test output.
setLogLevel('error');
