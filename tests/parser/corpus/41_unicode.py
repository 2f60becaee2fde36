ä = 1
μ = 2
蟒 = 3
_private = 4
name_with_ünïcödé = 5
π = 3.14159
x = 'μ' + "π" + f'{ä}'
class Ñandú:
    def método(self):
        return self.ñ
