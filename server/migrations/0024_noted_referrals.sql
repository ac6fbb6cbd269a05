-- A referral noted on an outreach card ("sent to the clinic", with a reason and
-- the partner's name as typed in the street) becomes a real referral: the
-- referral names the card and the noted line it realises, once.
ALTER TABLE referrals ADD COLUMN noted_index integer CHECK (noted_index BETWEEN 0 AND 99);
ALTER TABLE referrals ADD CONSTRAINT referrals_noted_from_contact CHECK (noted_index IS NULL OR source = 'contact');
CREATE UNIQUE INDEX referrals_noted_once ON referrals (organisation_id, source_id, noted_index)
  WHERE noted_index IS NOT NULL;
