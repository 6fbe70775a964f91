"""Between offices: referral packages (packages.py), exhibit ids across vaults, the referral form for non-Saksi partners, the shared-folder exchange."""
