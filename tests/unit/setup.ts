/**
 * Setup for every unit test file (vitest.config.ts): a rule family that throws makes the test
 * fail loudly, instead of being skipped the way the engine does in the page.
 */
import { setRuleDebug } from '../../lib/tone/index';

process.env.SOFTSTART_DEBUG_RULES = '1';
setRuleDebug(true);
