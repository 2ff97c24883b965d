// finding: F1-return-in-select-try-mode
// seed: 1000063
// expect `drain` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end
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
// expect `take 1 mid 1 close` => item Ok(2) gaveup w3- w14x w9- w4x w10- w11- w12- close=Ok
// expect `take 1 mid 1 cancel` => item Ok(2) gaveup w3x w14x cancel=Ok
// expect `take 1 mid 1 drop` => item Ok(2) gaveup drop w3x w14x
// expect `take 1 mid 2 close` => item Ok(2) w3- w14x w9- w4x gaveup w10- w11- w12- close=Ok
// expect `take 1 mid 2 cancel` => item Ok(2) w3- w14x w9- w4x gaveup w10x cancel=Ok
// expect `take 1 mid 2 drop` => item Ok(2) w3- w14x w9- w4x gaveup drop w10x
// expect `take 1 mid 3 close` => item Ok(2) w3- w14x w9- w4x w10- gaveup w11- w12- close=Ok
// expect `take 1 mid 3 cancel` => item Ok(2) w3- w14x w9- w4x w10- gaveup w11x cancel=Ok
// expect `take 1 mid 3 drop` => item Ok(2) w3- w14x w9- w4x w10- gaveup drop w11x
// expect `take 2 close` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end close=Ok
// expect `take 2 cancel` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end cancel=Ok
// expect `take 2 drop` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end drop
// expect `take 2 mid 1 close` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end cancel=Ok
// expect `take 2 mid 1 drop` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end drop
// expect `take 2 mid 2 close` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end cancel=Ok
// expect `take 2 mid 2 drop` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end drop
// expect `take 2 mid 3 close` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end cancel=Ok
// expect `take 2 mid 3 drop` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end drop
// expect `take 4 mid 5 cancel` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end cancel=Ok
// expect `take 4 mid 3 close` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end close=Ok
// expect `take 6 mid 6 cancel` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end cancel=Ok
// expect `take 7 mid 3 cancel` => item Ok(2) w3- w14x w9- w4x w10- w11- w12- end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    if ctx.ch(1, 0b101, 3) {
        yield_!(Ok(2));
        tokio::select! {
            _ = W::new(&ctx, 3, 1) => {
                tokio::select! {
                    _ = W::new(&ctx, 4, 1), if ctx.ch(13, 0b1, 1) => {
                        tokio::try_join!(async { W::new(&ctx, 5, 1).await; ctx.log("j5"); Ok::<(), u32>(()) }, async { W::new(&ctx, 6, 3).await; ctx.log("j6"); Err::<(), u32>(6) })?;
                        ctx.log("s7");
                        yield_!(Ok(8));
                    }
                    _ = W::new(&ctx, 9, 0) => {
                        W::new(&ctx, 10, 1).await;
                        W::new(&ctx, 11, 1).await;
                        W::new(&ctx, 12, 3).await;
                    }
                }
            }
            _ = W::new(&ctx, 14, 2) => {
                let m15: u32 = match ctx.pick(15, 2, 3) {
                    0 => {
                        W::new(&ctx, 16, 2).await;
                        return;
                    }
                    1 => {
                        ctx.log("s17");
                        return;
                    }
                    _ => {
                        ctx.log("s18");
                        47
                    }
                };
                ctx.log(format!("m15={m15}"));
            }
        }
    } else {
        ctx.log("s19");
    }
}
