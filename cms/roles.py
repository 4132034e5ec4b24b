"""Names of the user groups that several apps grant rights to. The groups themselves are ordinary Django groups."""

VICE_PRINCIPALS = "Vice principals"
SCHOOL_STAFF = "School staff"
REGIONAL_ADMINS = "Regional administrators"
TRAINING_DEPARTMENTS = "Training departments"
