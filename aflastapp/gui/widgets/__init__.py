"""Small widgets and Qt models shared by the diary views (Kørsel, Udlæg, Dagbog, Møder, Dokumenter)."""
