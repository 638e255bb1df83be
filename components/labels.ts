import type { CategoryId, Sensitivity } from '../lib/settings/schema';
import type { MessageKey } from './i18n';

/** messages.json keys for the names of the categories and levels. */
export const CATEGORY_LABEL_KEY: Record<CategoryId, MessageKey> = {
  blame: 'categoryBlame',
  absolutes: 'categoryAbsolutes',
  contempt: 'categoryContempt',
  'talking-down': 'categoryTalkingDown',
  withdrawal: 'categoryWithdrawal',
  heat: 'categoryHeat',
};

/** One line per category: what it catches and why (our own words). */
export const CATEGORY_HINT_KEY: Record<CategoryId, MessageKey> = {
  blame: 'categoryBlameHint',
  absolutes: 'categoryAbsolutesHint',
  contempt: 'categoryContemptHint',
  'talking-down': 'categoryTalkingDownHint',
  withdrawal: 'categoryWithdrawalHint',
  heat: 'categoryHeatHint',
};

export const SENSITIVITY_LABEL_KEY: Record<Sensitivity, MessageKey> = {
  gentle: 'sensitivityGentle',
  balanced: 'sensitivityBalanced',
  strict: 'sensitivityStrict',
};

export const SENSITIVITY_HINT_KEY: Record<Sensitivity, MessageKey> = {
  gentle: 'sensitivityGentleHint',
  balanced: 'sensitivityBalancedHint',
  strict: 'sensitivityStrictHint',
};
