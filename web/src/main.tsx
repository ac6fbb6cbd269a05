import { can } from '#core/permissions/index';
import { limits } from '#core/limits';
document.title = String(can(['admin'], 'users.read')) + limits.passwordMin;
