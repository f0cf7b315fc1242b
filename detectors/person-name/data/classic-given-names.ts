// Given names common among adults in the Netherlands that the package lists (Flemish baby names
// since 2000, faker's modern names) lack: "Jaap", "Henk", "Truus", "Ingrid", and some of
// Surinamese, Moroccan and Somali Dutch. Hand-kept, input to compile.ts only.
export const CLASSIC_DUTCH_GIVEN_NAMES: readonly string[] = `
Aad Aafke Aagje Aaltje Aart Ad Adri Adriaan Adrianus Afke Albert Alida Alie Ankie Anneke Annelies Annemarie
Annemiek Annie Ans Antje Antoon Arend Arie Arjan Arjen Aukje Bart Bas Bauke Bep Berend Bert Betsy Bram Bregje
Carel Carla Cees Corine Corrie Cor Cornelis Diederik Dieuwke Dik Dirk Dini Diny Dolf Douwe Durk Eelco Egbert
Eise Elly Els Erwin Evert Femke Fenna Fokke Folkert Freek Frits Froukje Geert Geertje Gerard Gerben Gerda Gerrit
Gert Gijs Gijsbert Greetje Grietje Harm Harmen Hein Hendrik Henk Hennie Herman Hilde Huib Huub Ids Ineke Jaap
Jacob Jacobus Jan Janneke Jannie Jannes Jantje Jelle Jeroen Jitske Joke Joop Joost Jolanda Jos Joukje Kees Klaas
Koos Lammert Leen Lenie Lies Lieke Lotte Maaike Maarten Marijke Marja Marloes Marnix Menno Michiel Mieke
Minke Nelleke Nienke Olga Pier Piet Pieter Pim Reinier Rein Riek Riet Rik Rinus Roel Ruud Rutger Sjaak
Sjoerd Sjors Stijn Sybren Taco Teun Theo Thijs Tineke Tjeerd Tjitske Toon Ton Trijntje Truus Tjalling Ype
Wiebe Wietse Wil Willem Willemijn Wim Wouter Ymke Ytje Ingrid Karin Mirjam Renate Annemieke Ferry Jacco
Margriet Greet Willemien Gonny Lidy Baukje Henny Jopie Mientje Rinske Wendelien Joyce Mitchell Jerry Rajesh
Sunil Navin Sharmila Radjesh Soenita Najat Hafida Rachida Abdelhak Abdi Abdullahi Hodan Faadumo Sahra Hanneke
`.trim().split(/\s+/);
