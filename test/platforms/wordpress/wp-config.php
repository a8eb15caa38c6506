<?php
/**
 * The platform suite's WordPress configuration: a private MariaDB reached by its socket, the
 * site at the address of the suite's `php -S`, no cron and no outside HTTP (the suite runs
 * offline). The suite (test/platforms/sites/wordpress.mjs) passes the values in the environment.
 */
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('LEADERSHIP_WP_SOCKET'));
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', getenv('LEADERSHIP_WP_URL'));
define('WP_SITEURL', getenv('LEADERSHIP_WP_URL'));
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
foreach (['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'] as $name) {
  define("{$name}_KEY", 'platform-suite');
  define("{$name}_SALT", 'platform-suite');
}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
