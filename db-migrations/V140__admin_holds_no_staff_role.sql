-- ADMIN manages structure, never survivors (issue 21, finding 2). Until now an account could hold ADMIN together
-- with a staff role (reception, counsellor, medical, trainer, care manager) or the district official's role, and
-- ADMIN's "all homes" then opened every home's residents to it. From now on an administrator's account holds ADMIN
-- alone and works in no home or district (UserAdminService refuses anything else).
--
-- Existing accounts that combine them keep ADMIN only, and lose their other roles and their homes and districts.
-- Why this way round: keeping the staff role would leave the organisation without the administrator it relies on,
-- and keeping both is what leaked. Losing the staff role takes rights away and gives none: no survivor's record is
-- opened by this change. The person's work in a home needs a separate staff account, which an administrator creates
-- in Staff accounts; her earlier work stays under her name in the audit trail.
--
-- Each account changed gets one line in the audit trail, as the application writes them (user "system", entity
-- UserAccount, the roles, homes and districts before and after), and its version moves on, so an edit dialog still
-- open with the old roles is refused as a concurrent edit instead of putting them back.

CREATE TEMPORARY TABLE v140_combined AS
SELECT u.id
FROM user_accounts u
WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'ADMIN')
  AND (EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role <> 'ADMIN')
       OR EXISTS (SELECT 1 FROM user_homes h WHERE h.user_id = u.id)
       OR EXISTS (SELECT 1 FROM user_districts d WHERE d.user_id = u.id));

INSERT INTO audit_events (occurred_at, username, action, entity_type, entity_id, home_id, summary, before_state,
                          after_state)
SELECT UTC_TIMESTAMP(6), 'system', 'UPDATE', 'UserAccount', CAST(u.id AS CHAR), NULL,
       CONCAT('Account ', u.username, ' keeps the Administrator role alone: ADMIN cannot be combined with a staff',
              ' role, a home or a district (migration V140)'),
       JSON_OBJECT(
           'roles', (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ') FROM user_roles r WHERE r.user_id = u.id),
           'homeIds', (SELECT GROUP_CONCAT(h.home_id ORDER BY h.home_id SEPARATOR ', ') FROM user_homes h
                       WHERE h.user_id = u.id),
           'districtIds', (SELECT GROUP_CONCAT(d.district_id ORDER BY d.district_id SEPARATOR ', ') FROM user_districts d
                           WHERE d.user_id = u.id)),
       JSON_OBJECT('roles', 'ADMIN', 'homeIds', NULL, 'districtIds', NULL)
FROM user_accounts u
JOIN v140_combined c ON c.id = u.id;

DELETE FROM user_roles WHERE role <> 'ADMIN' AND user_id IN (SELECT id FROM v140_combined);
DELETE FROM user_homes WHERE user_id IN (SELECT id FROM v140_combined);
DELETE FROM user_districts WHERE user_id IN (SELECT id FROM v140_combined);
UPDATE user_accounts SET version = version + 1 WHERE id IN (SELECT id FROM v140_combined);

DROP TEMPORARY TABLE v140_combined;
