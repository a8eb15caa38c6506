<?php
/**
 * Installs WordPress with wp_install(), adds an author, and saves one post per editor and role
 * the way each editor saves it: the block editor's REST request with a Custom HTML block, and
 * the Classic editor's wp_insert_post(wp_slash()). Reads the snippet from stdin; prints
 * {"<editor>-<role>": post ID} as JSON.
 */
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('LEADERSHIP_WP_URL'), PHP_URL_HOST);
require getenv('LEADERSHIP_WP_ROOT') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$snippet = stream_get_contents(STDIN);
$intro = getenv('LEADERSHIP_WP_INTRO');

$installed = wp_install('Platform suite', 'admin', 'admin@example.com', true, '', 'password');
$users = [
  'administrator' => $installed['user_id'],
  'author' => wp_insert_user(['user_login' => 'author', 'user_pass' => 'password', 'user_email' => 'author@example.com', 'role' => 'author']),
];
if (is_wp_error($users['author'])) fwrite(STDERR, $users['author']->get_error_message()) && exit(1);

$posts = [];
foreach ($users as $role => $user) {
  // Sets the role's capabilities; without unfiltered_html, kses filters what is saved.
  wp_set_current_user($user);

  $request = new WP_REST_Request('POST', '/wp/v2/posts');
  $request->set_body_params([
    'title' => "Block editor, $role",
    'status' => 'publish',
    'content' => "<!-- wp:paragraph -->\n<p>$intro</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:html -->\n$snippet\n<!-- /wp:html -->",
  ]);
  $response = rest_do_request($request);
  if ($response->is_error()) {
    fwrite(STDERR, json_encode($response->get_data()));
    exit(1);
  }
  $posts["block-$role"] = $response->get_data()['id'];

  $id = wp_insert_post(wp_slash([
    'post_title' => "Classic editor, $role",
    'post_status' => 'publish',
    'post_content' => "$intro\n\n$snippet",
  ]), true);
  if (is_wp_error($id)) fwrite(STDERR, $id->get_error_message()) && exit(1);
  $posts["classic-$role"] = $id;
}
echo json_encode($posts);
