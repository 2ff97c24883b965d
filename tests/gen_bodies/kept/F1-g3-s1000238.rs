// finding: F1-return-in-select-try-mode
// seed: 1000238
// expect `drain` => item Ok(2) w14- s16 t15 t15. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => item Ok(2) close=Ok
// expect `take 0 mid 1 cancel` => item Ok(2) cancel=Ok
// expect `take 0 mid 1 drop` => item Ok(2) drop
// expect `take 0 mid 2 close` => item Ok(2) close=Ok
// expect `take 0 mid 2 cancel` => item Ok(2) cancel=Ok
// expect `take 0 mid 2 drop` => item Ok(2) drop
// expect `take 0 mid 3 close` => item Ok(2) close=Ok
// expect `take 0 mid 3 cancel` => item Ok(2) cancel=Ok
// expect `take 0 mid 3 drop` => item Ok(2) drop
// expect `take 1 close` => item Ok(2) close=Ok
// expect `take 1 cancel` => item Ok(2) cancel=Ok
// expect `take 1 drop` => item Ok(2) drop
// expect `take 1 mid 1 close` => item Ok(2) gaveup w14- s16 t15 t15. close=Ok
// expect `take 1 mid 1 cancel` => item Ok(2) gaveup w14x cancel=Ok
// expect `take 1 mid 1 drop` => item Ok(2) gaveup drop w14x
// expect `take 1 mid 2 close` => item Ok(2) gaveup w14- s16 t15 t15. close=Ok
// expect `take 1 mid 2 cancel` => item Ok(2) gaveup w14x cancel=Ok
// expect `take 1 mid 2 drop` => item Ok(2) gaveup drop w14x
// expect `take 1 mid 3 close` => item Ok(2) w14- s16 t15 t15. end close=Ok
// expect `take 1 mid 3 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
// expect `take 1 mid 3 drop` => item Ok(2) w14- s16 t15 t15. end drop
// expect `take 2 close` => item Ok(2) w14- s16 t15 t15. end close=Ok
// expect `take 2 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
// expect `take 2 drop` => item Ok(2) w14- s16 t15 t15. end drop
// expect `take 2 mid 1 close` => item Ok(2) w14- s16 t15 t15. end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
// expect `take 2 mid 1 drop` => item Ok(2) w14- s16 t15 t15. end drop
// expect `take 2 mid 2 close` => item Ok(2) w14- s16 t15 t15. end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
// expect `take 2 mid 2 drop` => item Ok(2) w14- s16 t15 t15. end drop
// expect `take 2 mid 3 close` => item Ok(2) w14- s16 t15 t15. end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
// expect `take 2 mid 3 drop` => item Ok(2) w14- s16 t15 t15. end drop
// expect `take 5 mid 6 close` => item Ok(2) w14- s16 t15 t15. end close=Ok
// expect `take 6 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
// expect `take 4 mid 1 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
// expect `take 3 mid 6 cancel` => item Ok(2) w14- s16 t15 t15. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    if ctx.ch(1, 0b1, 1) {
        yield_!(Ok(2));
        match ctx.pick(3, 1, 3) {
            0 => {
                if ctx.ch(4, 0b111, 4) {
                    teardown! {
                        ctx.log("t5");
                        W::new(&ctx, 6, 0).await;
                        ctx.log("t5.");
                    }
                    teardown! {
                        ctx.log("t7");
                        ctx.log("t7.");
                    }
                    ctx.log("s8");
                } else {
                    teardown! {
                        ctx.log("t9");
                        ctx.log("t9.");
                    }
                    yield_!(Ok(10));
                    yield_!(Ok(11));
                    ctx.log("s12");
                }
            }
            1 => {
                let mut c13 = 0;
                'l13: while c13 < 1 {
                    c13 += 1;
                    W::new(&ctx, 14, 2).await;
                }
                teardown! {
                    ctx.log("t15");
                    ctx.log("t15.");
                }
                ctx.log("s16");
                return;
            }
            _ => {
                tokio::select! {
                    _ = W::new(&ctx, 17, 3) => {
                        W::new(&ctx, 18, 0).await;
                        yield_!(Ok(19));
                    }
                    _ = W::new(&ctx, 20, 2) => {
                        ctx.log("s21");
                    }
                    _ = W::new(&ctx, 22, 0) => {
                        ctx.log("s23");
                        return;
                    }
                }
            }
        }
        return;
    } else {
        ctx.log("s24");
    }
}
