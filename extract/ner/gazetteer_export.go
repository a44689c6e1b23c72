package ner

// IsCountry reports whether word, one token, is a country's name or
// abbreviation in the model's gazetteer ("DRC", "UAE", "Kenya"), compared
// case-insensitively.
func (m *Model) IsCountry(word string) bool {
	if m.gaz == nil {
		return false
	}
	r := m.gaz.get(hashLower(word))
	return r >= 0 && r&(1<<gazCountry) != 0
}

// InGazetteer reports whether word, one token, is any place of the
// model's gazetteer (a country, city, region, demonym or area), compared
// case-insensitively.
func (m *Model) InGazetteer(word string) bool {
	return m.gaz != nil && m.gaz.get(hashLower(word)) > 0
}

// IsDemonym reports whether word, one token, is a nationality or its
// adjective in the model's gazetteer ("Thai", "Saudi", "Iranian").
func (m *Model) IsDemonym(word string) bool {
	if m.gaz == nil {
		return false
	}
	r := m.gaz.get(hashLower(word))
	return r >= 0 && r&(1<<gazDemonym) != 0
}
