import { configure } from '@testing-library/dom';

// findBy*/waitFor wait for a condition; their default of 1 s is a tight timeout in disguise on a busy
// 2-core machine (opening a log or a bot move can take longer). They still return as soon as the
// condition holds, so a long limit costs nothing when things are fast.
configure({ asyncUtilTimeout: 30_000 });
