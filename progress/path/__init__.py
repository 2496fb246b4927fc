"""The path: the article's four steps as short guided sessions, each a reading and one exercise
with a tool that already exists. ``sessions`` is the content, ``plan`` the pure logic (order,
status, where the person is), ``evidence`` the one query that sees what was done elsewhere."""
